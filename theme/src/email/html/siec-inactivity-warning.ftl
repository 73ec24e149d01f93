<#import "template.ftl" as layout>
<@layout.inactivityEmail/>
