<#-- The frame of every login page: the app's red bar with its name and the language choice, then one card.
     No script: the pages are plain forms, so they load fast on a cheap phone and work with scripts off. -->
<#macro registrationLayout bodyClass="" displayInfo=false displayMessage=true displayRequiredFields=false>
<!DOCTYPE html>
<html lang="${lang}">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta name="color-scheme" content="light">
    <title>${msg("loginTitle",(realm.displayName!''))}</title>
    <link rel="icon" href="data:,">
    <#list (properties.styles!'')?split(' ') as style><#if style?has_content>
    <link rel="stylesheet" href="${url.resourcesPath}/${style}">
    </#if></#list>
</head>
<body data-page-id="login-${pageId}">
<header class="header">
    <div class="header__bar">
        <span class="brand"><span class="brand__mark" aria-hidden="true"></span>${realm.displayName!'Đối Thoại'}</span>
        <#if realm.internationalizationEnabled && locale.supported?size gt 1>
            <nav aria-label="${msg("languages")}">
                <ul class="lang">
                    <#-- Only the other languages: one short link fits beside the name on a 360-px phone. -->
                    <#list locale.supported?filter(l -> l.languageTag != locale.currentLanguageTag) as l>
                        <li><a href="${l.url}" lang="${l.languageTag}" hreflang="${l.languageTag}">${l.label}</a></li>
                    </#list>
                </ul>
            </nav>
        </#if>
    </div>
</header>
<main id="kc-content" class="card">
    <h1 id="kc-page-title"><#nested "header"></h1>
    <#if auth?has_content && auth.showUsername() && !auth.showResetCredentials()>
        <#nested "show-username">
        <p id="kc-username" class="who">
            <span>${msg("doithoaiSignedInAs")} <strong id="kc-attempted-username">${auth.attemptedUsername}</strong></span>
            <a id="reset-login" href="${url.loginRestartFlowUrl}">${msg("doithoaiNotYou")}</a>
        </p>
    </#if>
    <#-- The notices that belong to no field; a field's own error is shown under it (displayMessage=false then). -->
    <#if displayMessage && message?has_content && (message.type != 'warning' || !isAppInitiatedAction??)>
        <div id="kc-message" class="alert alert--${message.type}" role="<#if message.type = 'error'>alert<#else>status</#if>">${kcSanitize(message.summary)?no_esc}</div>
    </#if>
    <#nested "form">
    <#if auth?has_content && auth.showTryAnotherWayLink()>
        <form id="kc-select-try-another-way-form" action="${url.loginAction}" method="post">
            <input type="hidden" name="tryAnotherWay" value="on">
            <button type="submit" id="try-another-way" class="btn--link">${msg("doTryAnotherWay")}</button>
        </form>
    </#if>
    <#nested "socialProviders">
    <#if displayInfo>
        <div id="kc-info" class="info"><#nested "info"></div>
    </#if>
</main>
</body>
</html>
</#macro>
