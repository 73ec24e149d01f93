<#-- login.ftl, the sign-in page (pages/Login.tsx): nearly every visit starts here. -->
window.kcContext = {
  <@frame pageId="login.ftl"/>
  <@fieldMessages names=["username", "password", siec.robotCheckField]/>
  "login": {
    <@optionalStr name="username" value=(login.username)!""/>
  },
  "auth": {
    <@optionalStr name="selectedCredential" value=(auth.selectedCredential)!""/>
  },
  <#-- With passkeys on, Keycloak sends their challenge with the page. -->
  <#if (enableWebAuthnConditionalUI!false)>
  "enableWebAuthnConditionalUI": true,
  "challenge": <@str value=challenge/>,
  "rpId": <@str value=rpId/>,
  "userVerification": <@str value=userVerification/>,
  "createTimeout": ${createTimeout?c},
  </#if>
};
