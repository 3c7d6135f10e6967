<#import "template.ftl" as layout>
<@layout.registrationLayout; section>
    <#if section = "header">
        ${msg("pageExpiredTitle")}
    <#elseif section = "form">
        <p id="instruction1">${msg("doithoaiPageExpired")}</p>
        <div class="actions">
            <a id="loginContinueLink" class="btn btn--primary" href="${url.loginAction}">${msg("doithoaiPageExpiredContinue")}</a>
            <a id="loginRestartLink" class="btn btn--secondary" href="${url.loginRestartFlowUrl}">${msg("doithoaiPageExpiredRestart")}</a>
        </div>
    </#if>
</@layout.registrationLayout>
