<#-- The admin console's "Test connection" (POST /admin/realms/{realm}/testSMTPConnection), to the admin's address. -->
<#import "template.ftl" as layout>
<@layout.messageEmail paragraphs=[msg("siecEmailTest")]/>
