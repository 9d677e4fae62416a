using ConfBot.Slack.Views;

namespace ConfBot.Slack.WebApi;

/// <summary>Arguments of <c>views.update</c>.</summary>
internal sealed record ViewsUpdateRequest(string ViewId, ModalView View, string? Hash);
