<#macro logoutOtherSessions>
    <label class="check"><input type="checkbox" id="logout-sessions" name="logout-sessions" value="on" checked> ${msg("logoutOtherSessions")}</label>
</#macro>
