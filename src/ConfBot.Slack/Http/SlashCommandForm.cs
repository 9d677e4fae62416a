using ConfBot.Slack.Commands;
using Microsoft.Extensions.Primitives;

namespace ConfBot.Slack.Http;

/// <summary>Reads the form-encoded body Slack POSTs for a slash command.</summary>
internal static class SlashCommandForm
{
    /// <summary>Returns null when a required field is missing.</summary>
    public static SlashCommand? Parse(Dictionary<string, StringValues> form)
    {
        if (FormBody.Field(form, "command") is not { } command
            || FormBody.Field(form, "user_id") is not { } userId
            || FormBody.Field(form, "channel_id") is not { } channelId
            || FormBody.Field(form, "team_id") is not { } teamId
            || FormBody.Field(form, "response_url") is not { } responseUrl)
        {
            return null;
        }

        return new SlashCommand
        {
            Command = command,
            Text = FormBody.Field(form, "text") ?? "",
            UserId = userId,
            ChannelId = channelId,
            TeamId = teamId,
            ResponseUrl = responseUrl,
            TriggerId = FormBody.Field(form, "trigger_id"),
            ChannelName = FormBody.Field(form, "channel_name"),
            TeamDomain = FormBody.Field(form, "team_domain"),
            EnterpriseId = FormBody.Field(form, "enterprise_id"),
            EnterpriseName = FormBody.Field(form, "enterprise_name"),
            ApiAppId = FormBody.Field(form, "api_app_id"),
        };
    }
}
