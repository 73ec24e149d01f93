<#-- A workflow's "notify-user" step (Keycloak's workflows: realm-config/ declares none). -->
<#import "template.ftl" as layout>
<@layout.messageEmail paragraphs=layout.workflowParagraphs()/>
