<#macro emailLayout>
<html>
<body style="margin: 0; padding: 24px; font-family: Arial, sans-serif; color: #161616;">
    <p style="font-weight: bold;">République Française<br>Maison des examens — Service Interacadémique des Examens &amp; Concours</p>
    <#nested>
</body>
</html>
</#macro>
