using ConfBot.Hosting;
using ConfBot.Observability;

namespace ConfBot.Host.Tests.Observability;

public sealed class TelemetryPartsTests
{
    [Theory]
    [InlineData("0.3.0-alpha.0.7+0be3184deac667769c93849136c870855708a10a", "0.3.0-alpha.0.7", "0be3184deac667769c93849136c870855708a10a")]
    [InlineData("1.2.3", "1.2.3", "unknown")]
    [InlineData(null, "0.0.0", "unknown")]
    public void Build_info_splits_the_informational_version_into_version_and_commit(string? informational, string version, string commit)
    {
        Assert.Equal(new BuildInfo(version, commit), BuildInfo.Parse(informational));
    }

    [Theory]
    [InlineData("https://slack.com/api/chat.postMessage", "https://slack.com/api/chat.postMessage")]
    [InlineData("https://hooks.slack.com/commands/T1/123/abcSECRET", "https://hooks.slack.com/{redacted}")]
    [InlineData("https://hooks.slack.com/actions/T1/1/xyz?thread=1", "https://hooks.slack.com/{redacted}?{redacted}")]
    [InlineData("http://127.0.0.1:8080/api/files.info?file=F1", "http://127.0.0.1:8080/api/files.info?{redacted}")]
    public void Traced_urls_keep_web_api_methods_and_hide_every_webhook_path_and_query(string url, string traced)
    {
        Assert.Equal(traced, TraceUrls.Redact(new Uri(url)));
    }

    [Theory]
    [InlineData(null, null, null, null)]
    [InlineData("http://0.0.0.0:8080", null, null, "http://0.0.0.0:8080")]
    [InlineData(null, "8080", 9090, "http://*:8080;http://*:9090")]
    [InlineData("http://127.0.0.1:0", null, 9090, "http://127.0.0.1:0;http://127.0.0.1:9090")]
    [InlineData(null, null, 9090, "http://localhost:5000;http://localhost:9090")]
    [InlineData("http://+:80", "8080", 9090, "http://+:80;http://*:9090")]
    public void A_metrics_port_is_added_to_the_addresses_aspnet_core_would_listen_on(string? urls, string? httpPorts, int? metricsPort, string? listen)
    {
        Assert.Equal(listen, ListenUrls.With(urls, httpPorts, metricsPort));
    }
}
