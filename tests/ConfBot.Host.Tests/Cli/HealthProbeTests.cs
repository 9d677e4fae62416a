using ConfBot.Cli;

namespace ConfBot.Host.Tests.Cli;

public sealed class HealthProbeTests
{
    [Theory]
    [InlineData(null, null, "http://127.0.0.1:5000/readyz")]
    [InlineData(null, "8080", "http://127.0.0.1:8080/readyz")]
    [InlineData(null, "8080;8081", "http://127.0.0.1:8080/readyz")]
    [InlineData("http://+:9000", "8080", "http://127.0.0.1:9000/readyz")]
    [InlineData("http://*:9000;https://*:9443", null, "http://127.0.0.1:9000/readyz")]
    [InlineData("http://0.0.0.0:7000", null, "http://127.0.0.1:7000/readyz")]
    [InlineData("http://[::]:7000", null, "http://127.0.0.1:7000/readyz")]
    [InlineData("http://localhost:7000/", null, "http://localhost:7000/readyz")]
    public void Asks_the_readiness_of_the_port_the_server_listens_on(string? urls, string? httpPorts, string expected)
    {
        Assert.Equal(new Uri(expected), HealthProbe.ReadinessUrl(urls, httpPorts));
    }

    [Theory]
    [InlineData("ftp://x:21", null, "ASPNETCORE_URLS: 'ftp://x:21' is not an http:// or https:// URL")]
    [InlineData(null, "eighty", "ASPNETCORE_HTTP_PORTS: 'eighty' is not a port number (1-65535)")]
    [InlineData(null, "70000", "ASPNETCORE_HTTP_PORTS: '70000' is not a port number (1-65535)")]
    public void A_setting_that_names_no_port_is_an_error_naming_it(string? urls, string? httpPorts, string message)
    {
        Assert.Equal(message, Assert.Throws<ArgumentException>(() => HealthProbe.ReadinessUrl(urls, httpPorts)).Message);
    }

    [Fact]
    public async Task Nothing_listening_is_not_ready_and_says_where_it_asked()
    {
        using var closed = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        closed.Start();
        var port = ((System.Net.IPEndPoint)closed.LocalEndpoint).Port;
        closed.Stop();
        var output = new StringWriter();

        var exit = await HealthProbe.RunAsync(new Uri($"http://127.0.0.1:{port}/readyz"), TimeSpan.FromSeconds(5), output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.StartsWith($"not ready: nothing answers at http://127.0.0.1:{port}/readyz", output.ToString(), StringComparison.Ordinal);
    }
}
