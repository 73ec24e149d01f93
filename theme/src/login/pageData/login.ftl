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
  <#-- The identity providers offered (ProConnect): Keycloak leaves out the one being linked. -->
  <#if realm.password && social?? && social.providers?has_content>
  "social": {"providers": [
    <#list social.providers as provider>
    {"alias": <@str value=provider.alias/>, "providerId": <@str value=provider.providerId/>, "displayName": <@str value=provider.displayName!""/>, "loginUrl": <@str value=provider.loginUrl/>},
    </#list>
  ]},
  </#if>
  <#-- Both set when the person is known; registration alone, when an account is being linked to a provider. -->
  <#if registrationDisabled??>
  "registrationDisabled": true,
  </#if>
  <#if usernameHidden??>
  "usernameHidden": true,
  </#if>
  <#-- With passkeys on, Keycloak sends their challenge with the page. -->
  <#if (enableWebAuthnConditionalUI!false)>
  "enableWebAuthnConditionalUI": true,
  "challenge": <@str value=challenge/>,
  "rpId": <@str value=rpId/>,
  "userVerification": <@str value=userVerification/>,
  "createTimeout": ${createTimeout?c},
  </#if>
};
