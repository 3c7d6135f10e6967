package vn.doithoai.plantemplate;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

@Converter
public class TemplateContentJson implements AttributeConverter<TemplateContent, String> {

    // Unknown members are kept out rather than failing: a newer template read by an older version still loads.
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    @Override
    public String convertToDatabaseColumn(TemplateContent content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public TemplateContent convertToEntityAttribute(String column) {
        try {
            return JSON.readValue(column, TemplateContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable plan template content", e);
        }
    }
}
