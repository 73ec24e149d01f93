<#ftl output_format="plainText">
<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecIdentityProviderLinkInstruction", identityProviderDisplayName, identityProviderContext.username) ifNotYou=msg("siecIdentityProviderLinkIfNotYou")/>
