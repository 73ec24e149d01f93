<#ftl output_format="plainText">
<#import "template.ftl" as layout>
<@layout.securityEmail change=msg("siecEventPermanentLockout") ifYou=msg("siecEventPermanentLockoutIfYou") ifNotYou=msg("siecEventPermanentLockoutIfNotYou")/>
