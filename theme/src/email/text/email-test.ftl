<#ftl output_format="plainText">
<#import "template.ftl" as layout>
<@layout.messageEmail paragraphs=[msg("siecEmailTest")]/>
