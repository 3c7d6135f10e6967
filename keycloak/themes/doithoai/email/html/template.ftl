<#-- Every HTML mail from Keycloak in the app's look: its name on the red bar, then the text. Styles inline, as mail
     programs drop style sheets; the plain-text part (text/) carries the same words. -->
<#macro emailLayout>
<!DOCTYPE html>
<html lang="${locale.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body style="margin:0;padding:0;background:#f7f4ef;color:#1b1b1f;font-family:system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Helvetica Neue',Arial,sans-serif;font-size:16px;line-height:1.55">
<div style="background:#a3161a;border-bottom:4px solid #ffd84d;color:#ffffff;font-weight:700;font-size:19px;padding:12px 16px">Đối Thoại</div>
<div style="max-width:480px;margin:0 auto;padding:16px;background:#ffffff">
<#nested>
</div>
</body>
</html>
</#macro>
