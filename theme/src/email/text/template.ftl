<#ftl output_format="plainText">
<#-- What a security e-mail says changed, and when: written once, in the HTML version. -->
<#import "../html/template.ftl" as html>
<#-- An e-mail that sends a link, as plain text: same messages as the HTML version. -->
<#macro linkEmail instruction ifNotYou="" expiry=msg("siecLinkExpiry", linkExpirationFormatter(linkExpiration))>
${msg("siecGreeting")}

${instruction}

${link}

${expiry}

<#if ifNotYou?has_content>
${ifNotYou}

</#if>
${msg("siecSignature")}
</#macro>

<#-- A code to type, as plain text: same messages as the HTML version. -->
<#macro codeEmail instruction ifNotYou>
${msg("siecGreeting")}

${instruction}

${code}

${ifNotYou}

${msg("siecSignature")}
</#macro>

<#-- An e-mail that only tells, as plain text: same messages as the HTML version. -->
<#macro messageEmail paragraphs>
${msg("siecGreeting")}

<#list paragraphs as paragraph>
${paragraph}

</#list>
${msg("siecSignature")}
</#macro>

<#-- A change to the account's security, as plain text: same messages as the HTML version. -->
<#assign credentialChange = html.credentialChange>
<#macro securityEmail change ifYou=msg("siecEventIfYou") ifNotYou=msg("siecEventIfNotYou")>
${msg("siecGreeting")}

${change}

${html.eventMoment()}

${ifYou}

${ifNotYou}

${msg("siecSignature")}
</#macro>

<#-- The inactivity warning, as plain text: same messages as the HTML version. -->
<#macro inactivityEmail>
<@messageEmail paragraphs=html.inactivityParagraphs()/>
</#macro>

<#-- A workflow's notice, as plain text: same messages as the HTML version. -->
<#assign workflowParagraphs = html.workflowParagraphs>
