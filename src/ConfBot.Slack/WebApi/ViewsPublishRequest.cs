namespace ConfBot.Slack.WebApi;

/// <summary>Arguments of <c>views.publish</c>.</summary>
internal sealed record ViewsPublishRequest(string UserId, HomeView View, string? Hash);
