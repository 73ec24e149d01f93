<#--
  What every page of the theme's own data templates sends: what KcPage, Layout and the messages
  (i18n) read, and nothing else. Strings go through js_string, so that neither a quote, a
  backslash nor "</" can end the string or the script; ?no_esc because the page is HTML output.
  `siec` holds the build's constants (theme/vite/ownedPageData.ts).
-->
<#macro str value>"${value?js_string?no_esc}"</#macro>
<#-- "name": value, only when the value is there (a page reads an absent property as undefined). -->
<#macro optionalStr name value=""><#if value?has_content>"${name}": <@str value=value/>,</#if></#macro>

<#macro frame pageId>
  "themeType": "login",
  "themeName": "${siec.themeName}",
  "pageId": "${pageId}",
  <#-- Where the bundle finds its files (Keycloakify's build reads it for import.meta.env.BASE_URL). -->
  "x-keycloakify": {"resourcesPath": <@str value=url.resourcesPath/>, "messages": {}},
  "url": {
    "loginAction": <@str value=url.loginAction/>,
    "loginUrl": <@str value=url.loginUrl/>,
    "loginResetCredentialsUrl": <@str value=url.loginResetCredentialsUrl/>,
    "resourcesPath": <@str value=url.resourcesPath/>,
    "resourcesCommonPath": <@str value=url.resourcesCommonPath/>
  },
  "realm": {
    "name": <@str value=realm.name/>,
    "internationalizationEnabled": ${realm.internationalizationEnabled?c},
    "resetPasswordAllowed": ${realm.resetPasswordAllowed?c}
  },
  <#if locale??>
  "locale": {
    "currentLanguageTag": <@str value=locale.currentLanguageTag/>,
    "rtl": ${locale.rtl?c},
    "supported": [
      <#list locale.supported as language>
      {"languageTag": <@str value=language.languageTag/>, "label": <@str value=language.label/>, "url": <@str value=language.url/>},
      </#list>
    ]
  },
  </#if>
  <#if client??>
  "client": {
    "clientId": <@str value=client.clientId/>,
    <#-- A built-in client is named "${client_account}": its name in the page's language. -->
    <@optionalStr name="name" value=advancedMsg(client.name!"")/>
    <@optionalStr name="description" value=client.description!""/>
    "attributes": {
      <#list siec.clientAttributes as attribute>
      <@optionalStr name=attribute value=client.attributes[attribute]!""/>
      </#list>
    }
  },
  </#if>
  "properties": {
    <#list siec.properties as property>
    "${property}": <@str value=properties[property]!""/>,
    </#list>
  },
  <#if message?has_content>
  "message": {"type": <@str value=message.type/>, "summary": <@str value=message.summary/>},
  </#if>
</#macro>

<#-- The messages of the page's fields (under a field, as Keycloak's own pages show them). -->
<#macro fieldMessages names>
  "fieldMessages": {
    <#list names as name>
    <#if messagesPerField.exists(name)>
    "${name}": {"text": <@str value=messagesPerField.get(name)/>, "error": ${messagesPerField.existsError(name)?c}},
    </#if>
    </#list>
  },
</#macro>
