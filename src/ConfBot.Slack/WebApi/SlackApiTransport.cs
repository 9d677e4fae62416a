using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using ConfBot.Slack.Commands;
using ConfBot.Slack.Serialization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ConfBot.Slack.WebApi;

/// <summary>
/// POSTs JSON to Web API methods (or a response_url) over the resilient named client and turns
/// <c>ok: false</c> or a final HTTP failure into <see cref="SlackApiException"/>.
/// </summary>
internal sealed partial class SlackApiTransport(IHttpClientFactory clients, SlackApiMetrics metrics, TimeProvider time, IOptions<SlackOptions> options, ILogger<SlackApiTransport> logger)
{
    public const string HttpClientName = "ConfBot.Slack";
    private const string ResponseUrlMethod = "response_url";

    /// <summary>Set on requests that post a new message, which <see cref="SlackApiResilience"/> must not repeat blindly.</summary>
    public static readonly HttpRequestOptionsKey<bool> PostsMessage = new("ConfBot.Slack.PostsMessage");

    public Task<TResponse> CallAsync<TRequest, TResponse>(
        string method, string token, TRequest request, JsonTypeInfo<TRequest> requestType, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : SlackApiResponse =>
        MeasuredAsync(method, () => SendAsync(method, token, JsonContent.Create(request, requestType), responseType, cancellationToken));

    public Task<TResponse> CallAsync<TResponse>(string method, string token, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : SlackApiResponse =>
        MeasuredAsync(method, () => SendAsync(method, token, content: null, responseType, cancellationToken));

    /// <summary>A form-encoded call, for the read methods Slack does not take JSON for (files.info, conversations.replies, chat.getPermalink).</summary>
    public Task<TResponse> CallAsync<TResponse>(
        string method, string token, IEnumerable<KeyValuePair<string, string>> form, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : SlackApiResponse =>
        MeasuredAsync(method, () => SendAsync(method, token, new FormUrlEncodedContent(form), responseType, cancellationToken));

    public Task PostToResponseUrlAsync(string responseUrl, SlashCommandResponse response, CancellationToken cancellationToken) =>
        MeasuredAsync(ResponseUrlMethod, async () =>
        {
            await PostResponseAsync(responseUrl, response, cancellationToken);
            return true;
        });

    private async Task PostResponseAsync(string responseUrl, SlashCommandResponse response, CancellationToken cancellationToken)
    {
        // The response_url is itself the credential: never send the bot token along with it, nor log it (only its host).
        var target = new Uri(responseUrl, UriKind.Absolute);
        if (!ResponseUrlAllowed(target))
        {
            LogResponseUrlRefused(target.Host);
            throw new SlackApiException(ResponseUrlMethod, "response_url_not_allowed");
        }
        using var request = new HttpRequestMessage(HttpMethod.Post, target)
        {
            Content = JsonContent.Create(response, SlackJsonContext.Default.SlashCommandResponse),
        };
        request.Options.Set(PostsMessage, true);
        using var reply = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var body = await reply.Content.ReadAsStringAsync(cancellationToken);
        if (!reply.IsSuccessStatusCode)
            throw Failed(ResponseUrlMethod, reply);
        if (TryParse(body, SlackJsonContext.Default.SlackApiResponse) is { Ok: false } failed)
            throw new SlackApiException(ResponseUrlMethod, failed.Error ?? "unknown_error");
    }

    private bool ResponseUrlAllowed(Uri target) =>
        SlackOrigins.Allow(options.Value.ResponseUrlOrigins.Append(options.Value.ApiBaseUrl), target);

    private async Task<TResponse> SendAsync<TResponse>(string method, string token, HttpContent? content, JsonTypeInfo<TResponse> responseType, CancellationToken cancellationToken)
        where TResponse : SlackApiResponse
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, method) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Options.Set(PostsMessage, method is "chat.postMessage" or "chat.postEphemeral");
        using var reply = await clients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        if (!reply.IsSuccessStatusCode)
            throw Failed(method, reply);

        var body = TryParse(await reply.Content.ReadAsStringAsync(cancellationToken), responseType)
            ?? throw new SlackApiException(method, "invalid_response");
        if (!body.Ok)
            throw new SlackApiException(method, body.Error ?? "unknown_error");
        if (body.Warning is { } warning)
            LogWarning(method, warning);
        return body;
    }

    /// <summary>Counts one call by its final outcome, after the resilience pipeline's retries.</summary>
    private async Task<T> MeasuredAsync<T>(string method, Func<Task<T>> call)
    {
        try
        {
            var result = await call();
            metrics.CallSucceeded(method);
            return result;
        }
        catch (Exception ex)
        {
            metrics.CallFailed(method, SlackApiFailure.Describe(ex));
            throw;
        }
    }

    private static T? TryParse<T>(string body, JsonTypeInfo<T> type)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize(body, type);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A final HTTP failure, keeping a 429's <c>Retry-After</c> so the caller can tell when Slack will take the call again.</summary>
    private SlackApiException Failed(string method, HttpResponseMessage reply) =>
        reply.StatusCode == HttpStatusCode.TooManyRequests
            ? new SlackApiException(method, "ratelimited", SlackApiResilience.RetryAfter(reply.Headers.RetryAfter, time))
            : new SlackApiException(method, $"http_{(int)reply.StatusCode}");

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack API {Method} succeeded with warning {Warning}")]
    private partial void LogWarning(string method, string warning);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not posting to a response_url on {Host}: not Slack's, nor in ConfBot:Slack:ResponseUrlOrigins")]
    private partial void LogResponseUrlRefused(string host);
}
