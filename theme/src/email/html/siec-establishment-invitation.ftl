<#-- A compte principal invites an existing account to its établissement ("Mon établissement"):
     the link opens "Mon compte", where the person, signed in, accepts or declines, until `expiresOn`. -->
<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecEstablishmentInvitationInstruction", invitedBy, uai) action=msg("siecEstablishmentInvitationAction") ifNotYou=msg("siecEstablishmentInvitationIfNotWanted") expiry=msg("siecEstablishmentInvitationExpiry", layout.inParis(expiresOn, "d MMMM yyyy"), layout.inParis(expiresOn, "HH:mm"))/>
