<#import "template.ftl" as layout>
<#import "password-commons.ftl" as passwordCommons>
<#assign newError = messagesPerField.existsError('password')>
<#assign confirmError = messagesPerField.existsError('password-confirm')>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('password','password-confirm'); section>
    <#if section = "header">
        ${msg("updatePasswordTitle")}
    <#elseif section = "form">
        <form id="kc-passwd-update-form" class="form" action="${url.loginAction}" method="post" novalidate>
            <input type="text" id="username" name="username" value="${(auth.attemptedUsername!username!'')}" autocomplete="username" readonly hidden>
            <div class="field">
                <label for="password-new" class="field__label">${msg("passwordNew")}</label>
                <input type="password" id="password-new" name="password-new" class="input" autofocus autocomplete="new-password" dir="ltr"
                       <#if newError>aria-invalid="true" aria-describedby="input-error-password"</#if>>
                <#if newError>
                    <p id="input-error-password" class="field__error">${kcSanitize(messagesPerField.get('password'))?no_esc}</p>
                </#if>
            </div>
            <div class="field">
                <label for="password-confirm" class="field__label">${msg("passwordConfirm")}</label>
                <input type="password" id="password-confirm" name="password-confirm" class="input" autocomplete="new-password" dir="ltr"
                       <#if confirmError>aria-invalid="true" aria-describedby="input-error-password-confirm"</#if>>
                <#if confirmError>
                    <p id="input-error-password-confirm" class="field__error">${kcSanitize(messagesPerField.get('password-confirm'))?no_esc}</p>
                </#if>
            </div>
            <@passwordCommons.logoutOtherSessions/>
            <div class="actions">
                <button class="btn btn--primary" name="login" id="kc-login" type="submit">${msg("doithoaiSavePassword")}</button>
                <#if isAppInitiatedAction??>
                    <button class="btn btn--secondary" type="submit" name="cancel-aia" value="true">${msg("doCancel")}</button>
                </#if>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
