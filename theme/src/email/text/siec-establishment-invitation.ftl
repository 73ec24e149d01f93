<#ftl output_format="plainText">
<#import "template.ftl" as layout>
<#import "../html/template.ftl" as html>
<@layout.linkEmail instruction=msg("siecEstablishmentInvitationInstruction", invitedBy, uai) ifNotYou=msg("siecEstablishmentInvitationIfNotWanted") expiry=msg("siecEstablishmentInvitationExpiry", html.inParis(expiresOn, "d MMMM yyyy"), html.inParis(expiresOn, "HH:mm"))/>
