<#ftl output_format="plainText">
<#-- What a security e-mail says changed, and when: written once, in the HTML version. -->
<#import "../html/template.ftl" as html>
<#-- An e-mail that sends a link, as plain text: same messages as the HTML version. -->
<#macro linkEmail instruction>
${msg("siecGreeting")}

${instruction}

${link}

${msg("siecLinkExpiry", linkExpirationFormatter(linkExpiration))}

${msg("siecSignature")}
</#macro>

<#-- A change to the account's security, as plain text: same messages as the HTML version. -->
<#assign credentialChange = html.credentialChange>
<#macro securityEmail change ifNotYou=msg("siecEventIfNotYou")>
${msg("siecGreeting")}

${change}

${html.eventMoment()}

${msg("siecEventIfYou")}

${ifNotYou}

${msg("siecSignature")}
</#macro>

<#-- The inactivity warning, as plain text: same messages as the HTML version. -->
<#macro inactivityEmail>
${msg("siecGreeting")}

<#list html.inactivityParagraphs() as paragraph>
${paragraph}

</#list>
${msg("siecSignature")}
</#macro>
