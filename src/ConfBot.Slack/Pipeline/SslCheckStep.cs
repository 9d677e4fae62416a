using ConfBot.Slack.Http;

namespace ConfBot.Slack.Pipeline;

/// <summary>
/// Answers Slack's unsigned probe of the slash-command URL: a form of exactly <c>ssl_check=1</c> and a <c>token</c>
/// (SLACK-PROTOCOL.md; bolt-js <c>src/receivers/HTTPModuleFunctions.ts</c> answers it before verification).
/// It carries nothing to dispatch, so answering it trusts nothing. Any other field, or another value, is not a
/// probe and must carry a valid signature.
/// </summary>
internal sealed class SslCheckStep : ISlackStep
{
    public Task<SlackAnswer> InvokeAsync(SlackDelivery delivery, SlackNext next, CancellationToken cancellationToken) =>
        delivery is { Kind: SlackDeliveryKind.Command, Http: { } http } && http.HasMediaType(HttpDelivery.FormMediaType) && IsProbe(http.Body)
            ? Task.FromResult(SlackAnswer.Answered(null))
            : next(delivery, cancellationToken);

    private static bool IsProbe(byte[] body)
    {
        var form = FormBody.ParseForm(body);
        return form.Count == 2
            && form.TryGetValue("ssl_check", out var check) && check is [ "1" ]
            && form.TryGetValue("token", out var token) && token is [ { Length: > 0 } ];
    }
}
