<#ftl output_format="plainText">
<#-- An e-mail that sends a link, as plain text: same messages as the HTML version. -->
<#macro linkEmail instruction>
${msg("siecGreeting")}

${instruction}

${link}

${msg("siecLinkExpiry", linkExpirationFormatter(linkExpiration))}

${msg("siecSignature")}
</#macro>
