<#import "template.ftl" as layout>
<@layout.registrationLayout displayMessage=false; section>
    <#if section = "header">
        ${msg("doithoaiErrorTitle")}
    <#elseif section = "form">
        <div id="kc-error-message">
            <div class="alert alert--error" role="alert">${kcSanitize(message.summary)?no_esc}</div>
            <#if traceId??>
                <p id="traceId">${msg("traceIdSupportMessage", traceId)}</p>
            </#if>
            <#if !skipLink?? && client?? && client.baseUrl?has_content>
                <p class="actions"><a id="backToApplication" class="btn btn--secondary" href="${client.baseUrl}">${msg("backToApplication")}</a></p>
            </#if>
        </div>
    </#if>
</@layout.registrationLayout>
