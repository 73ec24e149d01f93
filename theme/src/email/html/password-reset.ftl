<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecPasswordResetInstruction") action=msg("siecPasswordResetAction")/>
