using System.Globalization;
using System.Text;
using ConfBot.Slack.Signing;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.Http;

/// <summary>
/// Sends slash commands to the service's own <c>/slack/commands</c> over loopback, signed and shaped as Slack sends
/// them, so the whole path a command takes (HTTP, signature, form, handler, Block Kit, JSON) has run before real
/// traffic arrives. Nothing leaves the process: a slash command is answered in its HTTP response, and the
/// response_url given is one no reply is ever posted to (it is not on <see cref="SlackOptions.ResponseUrlOrigins"/>).
/// </summary>
public sealed class SlashCommandRehearsal(IOptions<SlackOptions> options, TimeProvider time)
{
    private const string NowhereResponseUrl = "http://127.0.0.1:9/confbot-warm-up";

    /// <summary>False without a signing secret (Socket Mode): the HTTP endpoints would refuse every request.</summary>
    public bool CanRun => options.Value.SigningSecret is { Length: > 0 };

    /// <summary>Sends each text as <c>/command text</c>, <paramref name="concurrency"/> at a time; returns how many were answered with 200.</summary>
    /// <param name="client">Addresses the service itself (its base address is the server's).</param>
    public async Task<int> RunAsync(HttpClient client, IReadOnlyList<string> texts, int concurrency, CancellationToken cancellationToken)
    {
        var next = -1;
        var answered = 0;
        async Task Sender()
        {
            while (Interlocked.Increment(ref next) is var i && i < texts.Count)
            {
                using var response = await client.SendAsync(Command(texts[i]), cancellationToken).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                    Interlocked.Increment(ref answered);
            }
        }
        await Task.WhenAll(Enumerable.Range(0, Math.Max(1, concurrency)).Select(_ => Sender())).ConfigureAwait(false);
        return answered;
    }

    private HttpRequestMessage Command(string text)
    {
        var body = "token=warm-up&team_id=T00000000&team_domain=confbot&channel_id=C00000000&channel_name=warm-up"
            + "&user_id=U00000000&user_name=confbot&command=" + Uri.EscapeDataString(options.Value.CommandName)
            + "&text=" + Uri.EscapeDataString(text) + "&response_url=" + Uri.EscapeDataString(NowhereResponseUrl)
            + "&trigger_id=0.0.0&api_app_id=A00000000";
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var request = new HttpRequestMessage(HttpMethod.Post, "slack/commands") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new("application/x-www-form-urlencoded");
        request.Headers.Add(SlackSignatureVerifier.TimestampHeader, timestamp);
        request.Headers.Add(SlackSignatureVerifier.SignatureHeader, SlackSignatureVerifier.Sign(options.Value.SigningSecret!, timestamp, bytes));
        return request;
    }
}
