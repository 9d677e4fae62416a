using System.Collections.Concurrent;
using System.Net;
using ConfBot.Slack.Http;
using ConfBot.Slack.Signing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ConfBot.Slack.Tests.Http;

public sealed class SlashCommandRehearsalTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_764_000_000));
    private readonly IOptions<SlackOptions> _options = Options.Create(new SlackOptions { SigningSecret = "rehearsal-secret", CommandName = "/askconf" });

    [Fact]
    public async Task Rehearsed_commands_are_signed_and_shaped_as_Slack_sends_them()
    {
        var server = new RecordingHandler();
        using var client = new HttpClient(server) { BaseAddress = new Uri("http://127.0.0.1:5000/") };

        var answered = await new SlashCommandRehearsal(_options, _clock).RunAsync(client, ["how do we store secrets?", "speaker Ann Lee"], 2, CancellationToken.None);

        Assert.Equal(2, answered);
        var verifier = new SlackSignatureVerifier(_options, _clock);
        foreach (var (request, body) in server.Requests)
        {
            Assert.Equal("http://127.0.0.1:5000/slack/commands", request.RequestUri!.ToString());
            Assert.Equal(SignatureCheck.Valid, verifier.Verify(
                request.Headers.GetValues(SlackSignatureVerifier.TimestampHeader).Single(),
                request.Headers.GetValues(SlackSignatureVerifier.SignatureHeader).Single(),
                body));
            var command = SlashCommandForm.Parse(FormBody.ParseForm(body));
            Assert.NotNull(command);
            Assert.Equal("/askconf", command.Command);
        }
        Assert.Equal(["how do we store secrets?", "speaker Ann Lee"], server.Requests.Select(r => SlashCommandForm.Parse(FormBody.ParseForm(r.Body))!.Text).Order());
    }

    [Fact]
    public async Task A_rehearsal_reply_can_never_be_posted_to_Slack()
    {
        var server = new RecordingHandler();
        using var client = new HttpClient(server) { BaseAddress = new Uri("http://127.0.0.1:5000/") };

        await new SlashCommandRehearsal(_options, _clock).RunAsync(client, ["vault"], 1, CancellationToken.None);

        var responseUrl = new Uri(SlashCommandForm.Parse(FormBody.ParseForm(server.Requests.Single().Body))!.ResponseUrl);
        Assert.DoesNotContain(_options.Value.ResponseUrlOrigins, origin => origin.IsBaseOf(responseUrl));
    }

    [Fact]
    public void Without_a_signing_secret_there_is_nothing_to_rehearse() =>
        Assert.False(new SlashCommandRehearsal(Options.Create(new SlackOptions()), _clock).CanRun);

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public ConcurrentBag<(HttpRequestMessage Request, byte[] Body)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Requests.Add((request, await request.Content!.ReadAsByteArrayAsync(cancellationToken)));
            return new HttpResponseMessage(HttpStatusCode.OK);
        }
    }
}
