<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecEmailVerificationInstruction") action=msg("siecEmailVerificationAction")/>
