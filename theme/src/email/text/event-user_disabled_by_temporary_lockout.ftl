<#ftl output_format="plainText">
<#import "template.ftl" as layout>
<@layout.securityEmail change=msg("siecEventTemporaryLockout") ifYou=msg("siecEventTemporaryLockoutIfYou") ifNotYou=msg("siecEventIfNotYouAttempt")/>
