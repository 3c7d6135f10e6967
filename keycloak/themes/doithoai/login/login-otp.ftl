<#import "template.ftl" as layout>
<#assign otpError = messagesPerField.existsError('totp')>
<@layout.registrationLayout displayMessage=!otpError; section>
    <#if section = "header">
        ${msg("doithoaiOtpTitle")}
    <#elseif section = "form">
        <form id="kc-otp-login-form" class="form" action="${url.loginAction}" method="post" novalidate>
            <#if otpLogin.userOtpCredentials?size gt 1>
                <fieldset class="field">
                    <legend class="field__label">${msg("doithoaiOtpDevice")}</legend>
                    <#list otpLogin.userOtpCredentials as otpCredential>
                        <label class="check"><input id="kc-otp-credential-${otpCredential?index}" type="radio" name="selectedCredentialId" value="${otpCredential.id}"<#if otpCredential.id == otpLogin.selectedCredentialId> checked</#if>> ${otpCredential.userLabel}</label>
                    </#list>
                </fieldset>
            </#if>
            <div class="field">
                <label for="otp" class="field__label">${msg("loginOtpOneTime")}</label>
                <p id="otp-hint" class="field__hint">${msg("doithoaiOtpHint")}</p>
                <input id="otp" name="otp" type="text" class="input" autocomplete="one-time-code" inputmode="numeric" autofocus dir="ltr"
                       aria-describedby="otp-hint<#if otpError> input-error-otp-code</#if>"<#if otpError> aria-invalid="true"</#if>>
                <#if otpError>
                    <p id="input-error-otp-code" class="field__error">${kcSanitize(messagesPerField.get('totp'))?no_esc}</p>
                </#if>
            </div>
            <div class="actions">
                <button class="btn btn--primary btn--block" name="login" id="kc-login" type="submit">${msg("doLogIn")}</button>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
