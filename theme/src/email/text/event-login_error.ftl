<#ftl output_format="plainText">
<#import "template.ftl" as layout>
<@layout.securityEmail change=msg("siecEventLoginError") ifYou=msg("siecEventIfYouAttempt") ifNotYou=msg("siecEventIfNotYouAttempt")/>
