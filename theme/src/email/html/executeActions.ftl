<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecExecuteActionsInstruction") action=msg("siecExecuteActionsAction")/>
