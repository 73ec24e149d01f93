<#-- To the previous address (the extension's siec-previous-address listener): it was replaced. -->
<#import "template.ftl" as layout>
<@layout.securityEmail change=msg("siecEventUpdateEmail") ifNotYou=msg("siecEventIfNotYouEmail")/>
