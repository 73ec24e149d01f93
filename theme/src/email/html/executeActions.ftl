<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecExecuteActionsInstruction")/>
