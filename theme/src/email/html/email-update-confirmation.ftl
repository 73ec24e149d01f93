<#import "template.ftl" as layout>
<@layout.linkEmail instruction=msg("siecEmailUpdateConfirmationInstruction") action=msg("siecEmailUpdateConfirmationAction")/>
