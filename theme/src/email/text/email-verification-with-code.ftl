<#ftl output_format="plainText">
<#import "template.ftl" as layout>
<@layout.codeEmail instruction=msg("siecEmailVerificationCodeInstruction") ifNotYou=msg("siecEmailVerificationCodeIfNotYou")/>
