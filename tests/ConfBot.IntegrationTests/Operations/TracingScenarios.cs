using System.Diagnostics;
using ConfBot.IntegrationTests.TestSupport;
using OpenTelemetry.Trace;

namespace ConfBot.IntegrationTests.Operations;

/// <summary>
/// With an OTLP endpoint set, one trace runs from Slack's request through the ack and the queued work to the Web
/// API call: what an operator follows when an answer was slow or never came.
/// </summary>
public sealed class TracingScenarios
{
    [Fact]
    public async Task A_mention_is_one_trace_from_slacks_request_through_the_queued_work_and_the_answer_to_the_web_api_call()
    {
        var spans = new ExportedSpans();
        await using var service = await StartTracedAsync(spans);

        await service.PostEventAsync(SlackPayloads.AppMention("vault"));
        await service.Slack.WaitForCallAsync("chat.postMessage");
        var post = await spans.WaitForAsync(span => span.Kind == ActivityKind.Client && ToThisSlack(span, service)
            && span.GetTagItem("url.full") is string url && url.EndsWith("/api/chat.postMessage", StringComparison.Ordinal));
        // The queued work's span ends after the call inside it; once the worker reports the item done, it has ended.
        await service.WaitForWorkAsync(1);
        var trace = spans.Where(span => span.TraceId == post.TraceId).ToList();

        var request = Assert.Single(trace, span => span.Kind == ActivityKind.Server);
        var work = Assert.Single(trace, span => span.Source.Name == "ConfBot.Slack" && span.DisplayName == "slack work");
        var answer = Assert.Single(trace, span => span.Source.Name == "ConfBot.Core" && span.DisplayName == "answer");
        Assert.Equal("/slack/events", request.GetTagItem("url.path"));
        Assert.Equal(request.SpanId, work.ParentSpanId);
        Assert.True(IsWithin(answer, work, trace), "the answer is not inside the queued work");
        Assert.True(IsWithin(post, work, trace), "the Web API call is not inside the queued work");
    }

    [Fact]
    public async Task A_slash_command_answered_via_its_response_url_is_one_trace_from_the_request_to_that_call_with_its_id_in_the_logs()
    {
        var spans = new ExportedSpans();
        var logs = new RecordingLogs();
        var answerMayStart = new TaskCompletionSource();
        await using var service = await StartTracedAsync(spans, logs, services => HeldSlashCommands.Hold(services, answerMayStart.Task), new()
        {
            // The answer is held past the ack's deadline, so it goes through the work queue to the response_url.
            ["ConfBot:Slack:CommandAckDeadline"] = "00:00:00.001",
            ["Logging:LogLevel:ConfBot.Slack.Dispatch.CommandRunner"] = "Information",
            // The warm-up's commands would be held at the gate too.
            ["ConfBot:WarmUp:Commands"] = "0",
        });
        // A trace of the test's own, as a caller in front of the service would start it: the spans of the other
        // services in this process are exported too, and are told apart by it.
        var trace = ActivityTraceId.CreateRandom();

        HttpResponseMessage ack;
        using (new Activity("caller").SetParentId(trace, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded).Start())
            ack = await service.PostCommandAsync(SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("late")));
        answerMayStart.SetResult();
        var reply = await service.Slack.WaitForCallAsync("response/late");
        var call = await spans.WaitForAsync(span => span.TraceId == trace && span.Kind == ActivityKind.Client && ToThisSlack(span, service));
        // The queued work's span ends after the call inside it.
        var work = await spans.WaitForAsync(span => span.TraceId == trace && span.Source.Name == "ConfBot.Slack" && span.DisplayName == "slack work");
        var spansOfTrace = spans.Where(span => span.TraceId == trace).ToList();

        Assert.Equal(string.Empty, await ack.Content.ReadAsStringAsync());
        Assert.Contains("Vault", SlackMessageText.Of(reply.Body), StringComparison.Ordinal);
        var request = Assert.Single(spansOfTrace, span => span.Kind == ActivityKind.Server);
        var answer = Assert.Single(spansOfTrace, span => span.Source.Name == "ConfBot.Core" && span.DisplayName == "answer");
        Assert.Equal("/slack/commands", request.GetTagItem("url.path"));
        Assert.Equal(request.SpanId, work.ParentSpanId);
        Assert.Equal(request.SpanId, answer.ParentSpanId);
        Assert.True(IsWithin(call, work, spansOfTrace), "the response_url call is not inside the queued work");
        Assert.Contains(logs.Entries, entry => entry.Category.EndsWith("CommandRunner", StringComparison.Ordinal)
            && entry.Values.Contains(KeyValuePair.Create("TraceId", trace.ToString())));
    }

    [Fact]
    public async Task A_slash_command_answered_in_its_ack_is_one_trace_and_a_response_url_never_shows_in_it()
    {
        var spans = new ExportedSpans();
        await using var service = await StartTracedAsync(spans);

        await service.PostCommandAsync(SlackPayloads.SlashCommand("vault", service.Slack.ResponseUrl("secret-token-path")));
        var request = await spans.WaitForAsync(span => span.Kind == ActivityKind.Server && "/slack/commands".Equals(span.GetTagItem("url.path"))
            && spans.Any(answer => answer.TraceId == span.TraceId && answer.Source.Name == "ConfBot.Core"));

        Assert.DoesNotContain(spans, span => span.Tags.Any(tag => tag.Value?.Contains("secret-token-path", StringComparison.Ordinal) == true));
        Assert.NotEqual(default, request.TraceId);
    }

    private static Task<ConfBotService> StartTracedAsync(
        ExportedSpans spans, RecordingLogs? logs = null, Action<IServiceCollection>? overrides = null, Dictionary<string, string?>? settings = null)
    {
        settings ??= [];
        // Nothing listens there: the OTLP exporter's sends fail quietly; the in-memory exporter gets every span.
        settings["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9";
        return ConfBotService.StartAsync(settings: settings, logs: logs, overrides: services =>
        {
            services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans));
            overrides?.Invoke(services);
        });
    }

    private static bool ToThisSlack(Activity span, ConfBotService service) =>
        span.GetTagItem("server.port") is int port && port == service.Slack.ApiBaseUrl.Port;

    private static bool IsWithin(Activity span, Activity ancestor, List<Activity> trace)
    {
        for (var parent = span.ParentSpanId; parent != default; parent = trace.FirstOrDefault(s => s.SpanId == parent)?.ParentSpanId ?? default)
            if (parent == ancestor.SpanId)
                return true;
        return false;
    }
}
