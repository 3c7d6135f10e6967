<#import "template.ftl" as layout>
<#assign credentialsError = messagesPerField.existsError('username','password')>
<@layout.registrationLayout displayMessage=!credentialsError; section>
    <#if section = "header">
        ${msg("loginAccountTitle")}
    <#elseif section = "form">
        <#if realm.password>
            <form id="kc-form-login" class="form" action="${url.loginAction}" method="post" novalidate>
                <#if !usernameHidden??>
                    <div class="field">
                        <label for="username" class="field__label"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
                        <input id="username" class="input" name="username" value="${(login.username!'')}" type="text"
                               autofocus autocomplete="username" autocapitalize="none" spellcheck="false" dir="ltr"
                               <#if credentialsError>aria-invalid="true" aria-describedby="input-error"</#if>>
                    </div>
                </#if>
                <div class="field">
                    <label for="password" class="field__label">${msg("password")}</label>
                    <input id="password" class="input" name="password" type="password" autocomplete="current-password" dir="ltr"
                           <#if credentialsError>aria-invalid="true" aria-describedby="input-error"</#if>>
                    <#if credentialsError>
                        <p id="input-error" class="field__error">${kcSanitize(messagesPerField.getFirstError('username','password'))?no_esc}</p>
                    </#if>
                </div>
                <#if realm.rememberMe && !usernameHidden??>
                    <label class="check"><input id="rememberMe" name="rememberMe" type="checkbox"<#if login.rememberMe??> checked</#if>> ${msg("rememberMe")}</label>
                </#if>
                <input type="hidden" id="id-hidden-input" name="credentialId"<#if auth.selectedCredential?has_content> value="${auth.selectedCredential}"</#if>>
                <div class="actions">
                    <button class="btn btn--primary btn--block" name="login" id="kc-login" type="submit">${msg("doLogIn")}</button>
                </div>
                <#if realm.resetPasswordAllowed>
                    <p class="links"><a id="kc-forgot-password" href="${url.loginResetCredentialsUrl}">${msg("doForgotPassword")}</a></p>
                </#if>
            </form>
        </#if>
    <#elseif section = "info">
        <#if realm.password && realm.registrationAllowed && !registrationDisabled??>
            <p>${msg("noAccount")} <a href="${url.registrationUrl}">${msg("doRegister")}</a></p>
        </#if>
    </#if>
</@layout.registrationLayout>
