<#import "template.ftl" as layout>
<#import "password-commons.ftl" as passwordCommons>
<#assign codeError = messagesPerField.existsError('totp')>
<#assign labelError = messagesPerField.existsError('userLabel')>
<@layout.registrationLayout displayMessage=!messagesPerField.existsError('totp','userLabel'); section>
    <#if section = "header">
        ${msg("loginTotpTitle")}
    <#elseif section = "form">
        <ol id="kc-totp-settings" class="steps">
            <li>
                <p>${msg("loginTotpStep1")}</p>
                <ul id="kc-totp-supported-apps">
                    <#list totp.supportedApplications as app><li>${msg(app)}</li></#list>
                </ul>
            </li>
            <#if mode?? && mode = "manual">
                <li>
                    <p>${msg("loginTotpManualStep2")}</p>
                    <p id="kc-totp-secret-key" class="secret">${totp.totpSecretEncoded}</p>
                    <p class="links"><a href="${totp.qrUrl}" id="mode-barcode">${msg("loginTotpScanBarcode")}</a></p>
                </li>
                <li>
                    <p>${msg("loginTotpManualStep3")}</p>
                    <ul>
                        <li id="kc-totp-type">${msg("loginTotpType")}: ${msg("loginTotp." + totp.policy.type)}</li>
                        <li id="kc-totp-algorithm">${msg("loginTotpAlgorithm")}: ${totp.policy.getAlgorithmKey()}</li>
                        <li id="kc-totp-digits">${msg("loginTotpDigits")}: ${totp.policy.digits}</li>
                        <#if totp.policy.type = "totp">
                            <li id="kc-totp-period">${msg("loginTotpInterval")}: ${totp.policy.period}</li>
                        <#elseif totp.policy.type = "hotp">
                            <li id="kc-totp-counter">${msg("loginTotpCounter")}: ${totp.policy.initialCounter}</li>
                        </#if>
                    </ul>
                </li>
            <#else>
                <li>
                    <p>${msg("loginTotpStep2")}</p>
                    <img id="kc-totp-secret-qr-code" class="qr" src="data:image/png;base64, ${totp.totpSecretQrCode}" alt="${msg("doithoaiQrAlt")}" width="192" height="192">
                    <p class="links"><a href="${totp.manualUrl}" id="mode-manual">${msg("loginTotpUnableToScan")}</a></p>
                </li>
            </#if>
            <li><p>${msg("loginTotpStep3")}</p></li>
        </ol>
        <form action="${url.loginAction}" class="form" id="kc-totp-settings-form" method="post" novalidate>
            <div class="field">
                <label for="totp" class="field__label">${msg("authenticatorCode")}</label>
                <input type="text" id="totp" name="totp" autocomplete="one-time-code" inputmode="numeric" class="input" dir="ltr"
                       <#if codeError>aria-invalid="true" aria-describedby="input-error-otp-code"</#if>>
                <#if codeError>
                    <p id="input-error-otp-code" class="field__error">${kcSanitize(messagesPerField.get('totp'))?no_esc}</p>
                </#if>
                <input type="hidden" id="totpSecret" name="totpSecret" value="${totp.totpSecret}">
                <#if mode??><input type="hidden" id="mode" name="mode" value="${mode}"></#if>
            </div>
            <div class="field">
                <label for="userLabel" class="field__label">${msg("loginTotpDeviceName")}</label>
                <p id="userLabel-hint" class="field__hint">${msg("loginTotpStep3DeviceName")}</p>
                <input type="text" class="input" id="userLabel" name="userLabel" autocomplete="off"
                       aria-describedby="userLabel-hint<#if labelError> input-error-otp-label</#if>"<#if labelError> aria-invalid="true"</#if>>
                <#if labelError>
                    <p id="input-error-otp-label" class="field__error">${kcSanitize(messagesPerField.get('userLabel'))?no_esc}</p>
                </#if>
            </div>
            <@passwordCommons.logoutOtherSessions/>
            <div class="actions">
                <button type="submit" class="btn btn--primary" id="saveTOTPBtn">${msg("doSubmit")}</button>
                <#if isAppInitiatedAction??>
                    <button type="submit" class="btn btn--secondary" id="cancelTOTPBtn" name="cancel-aia" value="true">${msg("doCancel")}</button>
                </#if>
            </div>
        </form>
    </#if>
</@layout.registrationLayout>
