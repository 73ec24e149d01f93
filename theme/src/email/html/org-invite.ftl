<#-- An invitation to an organization (Keycloak's organizations): the realm does not enable them. -->
<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecOrgInviteInstruction", organization.name) action=msg("siecOrgInviteAction") ifNotYou=msg("siecOrgInviteIfNotWanted")/>
