<#import "template.ftl" as layout>
<@layout.securityEmail change=layout.credentialChange("Update")/>
