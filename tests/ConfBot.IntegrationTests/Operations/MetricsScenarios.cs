using System.Globalization;
using System.Net;
using System.Net.Sockets;
using ConfBot.Hosting;
using ConfBot.IntegrationTests.TestSupport;
using ConfBot.Observability;
using Microsoft.Extensions.Options;

namespace ConfBot.IntegrationTests.Operations;

public sealed class MetricsScenarios
{
    [Fact]
    public async Task Metrics_count_requests_acks_answers_slack_calls_and_the_index()
    {
        await using var service = await ConfBotService.StartAsync();

        await service.PostCommandAsync(SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("m")));
        await service.PostEventAsync(SlackPayloads.AppMention("vault"));
        await service.Slack.WaitForCallAsync("chat.postMessage");
        await service.PostSignedAsync("slack/commands", "junk", "application/x-www-form-urlencoded", secret: "forged");
        var metrics = await WaitForAsync(service, m => m.Sum("confbot_slack_api_calls_total", "method=\"chat.postMessage\"") >= 1);

        Assert.Equal(1, metrics.Sum("confbot_http_requests_total", "route=\"/slack/commands\"", "outcome=\"ok\""));
        Assert.Equal(1, metrics.Sum("confbot_http_requests_total", "route=\"/slack/commands\"", "outcome=\"rejected\""));
        Assert.Equal(1, metrics.Sum("confbot_http_requests_total", "route=\"/slack/events\"", "outcome=\"ok\""));
        Assert.Equal(3, metrics.Sum("confbot_slack_ack_seconds_count"));
        Assert.Equal(2, metrics.Sum("confbot_answer_seconds_count"));
        Assert.Equal(1, metrics.Sum("confbot_slack_api_calls_total", "method=\"chat.postMessage\"", "outcome=\"ok\""));
        Assert.Equal(1, metrics.Sum("confbot_slack_api_calls_total", "method=\"auth.test\"", "outcome=\"ok\""));
        Assert.Equal(0, metrics.Sum("confbot_slack_api_circuit_state"));
        Assert.True(metrics.Sum("confbot_talks_indexed") > 10, metrics.Text);
        Assert.Equal(1, metrics.Sum("confbot_notes_reloads_total"));
    }

    [Fact]
    public async Task Metrics_carry_aspnet_cores_and_the_runtimes_meters_the_build_and_no_empty_error_label()
    {
        await using var service = await ConfBotService.StartAsync();

        await service.PostCommandAsync(SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("m")));
        var metrics = await WaitForAsync(service, m => m.Sum("http_server_request_duration_seconds_count", "http_route=\"/slack/commands\"") >= 1);

        // One: the warm-up's own commands before it are left out, as they are from ConfBot's metrics.
        Assert.Equal(1, metrics.Sum("http_server_request_duration_seconds_count", "http_route=\"/slack/commands\""));
        Assert.Equal(1, metrics.Sum("confbot_build_info", $"version=\"{BuildInfo.Current.Version}\"", $"commit=\"{BuildInfo.Current.Commit}\""));
        Assert.Contains("\ndotnet_gc_", metrics.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("error=\"\"", metrics.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Metrics_on_their_own_port_are_not_served_to_slacks_listener()
    {
        var port = FreePort();
        await using var service = await ConfBotService.StartAsync(settings: new Dictionary<string, string?> { ["ConfBot:Metrics:Port"] = port.ToString(CultureInfo.InvariantCulture) });
        using var scraper = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        var own = await MetricsScrape.ReadAsync(scraper);
        var onSlacks = await service.Client.GetAsync("metrics");
        // A client names any host it likes: the metrics port's in the Host header must not open /metrics on Slack's listener.
        using var forged = new HttpRequestMessage(HttpMethod.Get, "metrics") { Headers = { Host = $"127.0.0.1:{port}" } };
        var forgedOnSlacks = await service.Client.SendAsync(forged);
        var slackOnMetrics = await scraper.PostAsync("slack/commands", new StringContent(""));

        Assert.True(own.Sum("confbot_talks_indexed") > 10, own.Text);
        Assert.Equal(HttpStatusCode.NotFound, onSlacks.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, forgedOnSlacks.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, slackOnMetrics.StatusCode);
    }

    [Fact]
    public async Task A_metrics_port_out_of_range_stops_the_start_with_the_setting_named()
    {
        var failure = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            ConfBotService.StartAsync(settings: new Dictionary<string, string?> { ["ConfBot:Metrics:Port"] = "70000" }));

        Assert.Contains("Port", StartupFailure.Describe(failure), StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    internal static async Task<MetricsScrape> WaitForAsync(ConfBotService service, Func<MetricsScrape, bool> condition)
    {
        var deadline = DateTimeOffset.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var scrape = await MetricsScrape.ReadAsync(service.Client);
            if (condition(scrape) || DateTimeOffset.UtcNow > deadline)
                return scrape;
            await Task.Delay(50);
        }
    }
}
