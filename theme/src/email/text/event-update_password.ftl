<#ftl output_format="plainText">
<#import "template.ftl" as layout>
<@layout.securityEmail change=msg("siecEventUpdatePassword")/>
