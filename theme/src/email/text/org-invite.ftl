<#ftl output_format="plainText">
<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecOrgInviteInstruction", organization.name) ifNotYou=msg("siecOrgInviteIfNotWanted")/>
