<#-- An identity provider's account to link to this one (first broker login, "verify by e-mail"): the realm has no identity provider. -->
<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecIdentityProviderLinkInstruction", identityProviderDisplayName, identityProviderContext.username) action=msg("siecIdentityProviderLinkAction", identityProviderDisplayName) ifNotYou=msg("siecIdentityProviderLinkIfNotYou")/>
