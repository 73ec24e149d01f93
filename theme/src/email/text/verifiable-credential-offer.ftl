<#ftl output_format="plainText">
<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecVerifiableCredentialOfferInstruction", credentialScopeDisplayName)/>
