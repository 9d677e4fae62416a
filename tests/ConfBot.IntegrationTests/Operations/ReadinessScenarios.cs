using System.Net;
using System.Text.Json;
using ConfBot.Core.State;
using ConfBot.Cli;
using ConfBot.Observability.Readiness;
using ConfBot.IntegrationTests.TestSupport;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Moq;

namespace ConfBot.IntegrationTests.Operations;

public sealed class ReadinessScenarios
{
    [Fact]
    public async Task Started_service_is_alive_and_ready_with_every_check_named()
    {
        await using var service = await ConfBotService.StartAsync();

        var alive = await service.Client.GetAsync("healthz");
        var ready = await service.Client.GetAsync("readyz");
        var body = JsonDocument.Parse(await ready.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, alive.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ready", body.GetProperty("status").GetString());
        Assert.Equal(["index", "lifecycle", "slack", "warm-up"], body.GetProperty("checks").EnumerateObject().Select(p => p.Name).Order());
        Assert.Contains("T111", body.GetProperty("checks").GetProperty("slack").GetString(), StringComparison.Ordinal);
        Assert.Equal("no-store, no-cache", ready.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task Health_command_exits_0_on_a_ready_service_and_1_with_the_reason_on_one_that_is_not()
    {
        await using var ready = await ConfBotService.StartAsync();
        await using var connecting = await ConfBotService.StartAsync(mode: "Socket");
        await connecting.Slack.NextSocketAsync();
        var readyOutput = new StringWriter();
        var connectingOutput = new StringWriter();

        var readyExit = await HealthProbe.RunAsync(new Uri(ready.Client.BaseAddress!, "readyz"), TimeSpan.FromSeconds(10), readyOutput, CancellationToken.None);
        var connectingExit = await HealthProbe.RunAsync(new Uri(connecting.Client.BaseAddress!, "readyz"), TimeSpan.FromSeconds(10), connectingOutput, CancellationToken.None);

        Assert.Equal(0, readyExit);
        Assert.StartsWith("ready (", readyOutput.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, connectingExit);
        Assert.StartsWith("not ready: slack: Socket Mode is connecting", connectingOutput.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Full_readiness_adds_the_state_store()
    {
        await using var service = await ConfBotService.StartAsync();

        var full = await service.Client.GetAsync("readyz?full");
        var checks = JsonDocument.Parse(await full.Content.ReadAsStringAsync()).RootElement.GetProperty("checks");

        Assert.Equal(HttpStatusCode.OK, full.StatusCode);
        Assert.Equal(["index", "lifecycle", "slack", "store", "warm-up"], checks.EnumerateObject().Select(p => p.Name).Order());
        Assert.Equal("state store reachable", checks.GetProperty("store").GetString());
    }

    [Fact]
    public async Task Each_checks_last_periodic_result_is_a_gauge()
    {
        await using var service = await ConfBotService.StartAsync();
        var checks = service.Services.GetRequiredService<HealthCheckService>();
        var report = await checks.CheckHealthAsync();
        foreach (var publisher in service.Services.GetServices<IHealthCheckPublisher>())
            await publisher.PublishAsync(report, CancellationToken.None);

        var metrics = await MetricsScrape.ReadAsync(service.Client);

        Assert.Equal(1, metrics.Sum("confbot_check_healthy", "check=\"store\""));
        Assert.Equal(1, metrics.Sum("confbot_check_healthy", "check=\"index\""));
    }

    [Fact]
    public async Task Store_that_does_not_answer_fails_its_check_with_a_reason_that_names_no_connection_detail()
    {
        var store = new Mock<IDigestSubscriptionStore>();
        store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>())).ThrowsAsync(new TimeoutException("Host=db;Password=hunter2"));
        var check = new StoreReadyCheck(new ServiceCollection().AddSingleton(store.Object).BuildServiceProvider());

        var result = await check.CheckHealthAsync(new HealthCheckContext());

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Equal("state store unreachable (TimeoutException)", result.Description);
    }

    [Fact]
    public async Task Socket_mode_service_is_not_ready_until_slack_says_hello()
    {
        await using var service = await ConfBotService.StartAsync(mode: "Socket");
        var socket = await service.Slack.NextSocketAsync();

        var before = await service.Client.GetAsync("readyz");
        var reason = JsonDocument.Parse(await before.Content.ReadAsStringAsync()).RootElement.GetProperty("reason").GetString();
        await socket.SendHelloAsync();
        var after = await WaitForReadyAsync(service);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, before.StatusCode);
        Assert.Equal("slack: Socket Mode is connecting", reason);
        Assert.Equal(HttpStatusCode.OK, after);
    }

    [Fact]
    public async Task Shutting_down_service_is_not_ready()
    {
        await using var service = await ConfBotService.StartAsync();
        var checks = service.Services.GetRequiredService<HealthCheckService>();

        service.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();
        var stopping = await checks.CheckHealthAsync(r => r.Tags.Contains("ready"));

        Assert.Equal(HealthStatus.Unhealthy, stopping.Status);
        Assert.Equal("shutting down", stopping.Entries["lifecycle"].Description);
    }

    private static async Task<HttpStatusCode> WaitForReadyAsync(ConfBotService service)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var response = await service.Client.GetAsync("readyz");
            if (response.StatusCode == HttpStatusCode.OK)
                return response.StatusCode;
            await Task.Delay(50);
        }

        return HttpStatusCode.ServiceUnavailable;
    }
}
