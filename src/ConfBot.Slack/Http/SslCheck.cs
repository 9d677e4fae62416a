namespace ConfBot.Slack.Http;

/// <summary>
/// Slack's unsigned probe of a slash-command URL: a form of exactly <c>ssl_check=1</c> and a <c>token</c>
/// (SLACK-PROTOCOL.md; bolt-js <c>src/receivers/HTTPModuleFunctions.ts</c> answers it before verification).
/// Any other field, or another value, is not a probe and must carry a valid signature.
/// </summary>
internal static class SslCheck
{
    public static bool Matches(byte[] body)
    {
        var form = FormBody.ParseForm(body);
        return form.Count == 2
            && form.TryGetValue("ssl_check", out var check) && check is [ "1" ]
            && form.TryGetValue("token", out var token) && token is [ { Length: > 0 } ];
    }
}
