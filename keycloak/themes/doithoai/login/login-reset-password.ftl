<#import "template.ftl" as layout>
<#assign usernameError = messagesPerField.existsError('username')>
<@layout.registrationLayout displayInfo=true displayMessage=!usernameError; section>
    <#if section = "header">
        ${msg("emailForgotTitle")}
    <#elseif section = "form">
        <form id="kc-reset-password-form" class="form" action="${url.loginAction}" method="post" novalidate>
            <div class="field">
                <label for="username" class="field__label"><#if !realm.loginWithEmailAllowed>${msg("username")}<#elseif !realm.registrationEmailAsUsername>${msg("usernameOrEmail")}<#else>${msg("email")}</#if></label>
                <input type="text" id="username" name="username" class="input" autofocus value="${(auth.attemptedUsername!'')}"
                       autocomplete="username" autocapitalize="none" spellcheck="false" dir="ltr"
                       <#if usernameError>aria-invalid="true" aria-describedby="input-error-username"</#if>>
                <#if usernameError>
                    <p id="input-error-username" class="field__error">${kcSanitize(messagesPerField.get('username'))?no_esc}</p>
                </#if>
            </div>
            <div class="actions">
                <button class="btn btn--primary btn--block" id="kc-reset-submit" type="submit">${msg("doithoaiSendResetLink")}</button>
            </div>
            <p class="links"><a id="kc-back-to-login" href="${url.loginUrl}">${msg("backToLogin")}</a></p>
        </form>
    <#elseif section = "info">
        <p><#if realm.duplicateEmailsAllowed>${msg("emailInstructionUsername")}<#else>${msg("emailInstruction")}</#if></p>
    </#if>
</@layout.registrationLayout>
